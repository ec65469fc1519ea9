-- Referrals an agency withdrew within a day of making them, per agency and day: a partner could otherwise learn
-- other agencies' findings about any child by referring it and withdrawing at once, again and again.
CREATE TABLE quick_withdrawal (
  council     VARCHAR(9)   NOT NULL,
  agency      VARCHAR(100) NOT NULL,
  day         DATE         NOT NULL,
  withdrawals INTEGER      NOT NULL,
  PRIMARY KEY (council, agency, day)
);
