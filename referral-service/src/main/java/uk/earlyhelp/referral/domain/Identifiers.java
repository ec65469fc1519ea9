package uk.earlyhelp.referral.domain;

import java.util.Optional;

/**
 * The national identifiers a member may carry (docs/domain.md, "Front door"): an NHS number, 10 digits whose
 * last is a modulus-11 check digit, and a child's unique pupil number (UPN), 13 characters whose first is a
 * check letter. Either, when it matches, makes two referrals one family whatever the spelling or address.
 */
public final class Identifiers {

    /** The DfE's check letters, in the order of the remainders they stand for (no I, O or S). */
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Identifiers() {}

    /** The NHS number without the spaces people write it with ("943 476 5919"), if it is valid. */
    public static Optional<String> nhsNumber(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String digits = written.replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0' ? Optional.of(digits) : Optional.empty();
    }

    /**
     * The UPN in capitals, if it is valid: a check letter, then 11 digits, then a digit or (for a temporary UPN) a
     * letter. The check letter is the remainder, divided by 23, of the other characters weighted 2 to 13 (a
     * letter at the end counts as its place among the check letters).
     */
    public static Optional<String> upn(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String upn = written.strip().toUpperCase(java.util.Locale.ROOT);
        if (!upn.matches("[" + UPN_LETTERS + "]\\d{11}[0-9" + UPN_LETTERS + "]")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = upn.charAt(position - 1);
            int value = Character.isDigit(c) ? c - '0' : UPN_LETTERS.indexOf(c);
            sum += value * position;
        }
        return UPN_LETTERS.charAt(sum % 23) == upn.charAt(0) ? Optional.of(upn) : Optional.empty();
    }
}
