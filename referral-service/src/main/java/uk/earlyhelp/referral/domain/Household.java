package uk.earlyhelp.referral.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import uk.earlyhelp.contracts.MemberRole;
import uk.earlyhelp.contracts.PersonalData;

/**
 * The referred household: personal data that never leaves referral-service, encrypted with the family's key
 * in the event store. Members keep their roles after an erasure; their names and dates of birth read as null.
 */
public record Household(Address address, List<Member> members) {

    public Household {
        members = List.copyOf(members);
    }

    public record Address(
            @PersonalData String line1,
            @PersonalData String town,
            @PersonalData String postcode) {}

    public record Member(
            @PersonalData String givenName,
            @PersonalData String familyName,
            @PersonalData LocalDate dateOfBirth,
            MemberRole role,
            @PersonalData LocalDate expectedDate,
            @PersonalData String nhsNumber,
            @PersonalData String upn) {

        /** 0 once the family is erased: the age went with the date of birth. */
        public int ageInYearsOn(LocalDate day) {
            return dateOfBirth == null ? 0 : Period.between(dateOfBirth, day).getYears();
        }
    }
}
