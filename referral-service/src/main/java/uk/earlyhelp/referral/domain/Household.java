package uk.earlyhelp.referral.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import uk.earlyhelp.contracts.MemberRole;

/** The referred household: personal data that never leaves referral-service. */
public record Household(Address address, List<Member> members) {

    public Household {
        members = List.copyOf(members);
    }

    public record Address(String line1, String town, String postcode) {}

    public record Member(String givenName, String familyName, LocalDate dateOfBirth, MemberRole role) {

        public int ageInYearsOn(LocalDate day) {
            return Period.between(dateOfBirth, day).getYears();
        }
    }
}
