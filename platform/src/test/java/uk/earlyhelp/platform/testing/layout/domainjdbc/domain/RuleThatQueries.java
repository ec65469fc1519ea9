package uk.earlyhelp.platform.testing.layout.domainjdbc.domain;

import java.sql.Connection;

/** Fixture, deliberately bad: a domain rule that reaches for the database. */
public class RuleThatQueries {
    Connection connection;
}
