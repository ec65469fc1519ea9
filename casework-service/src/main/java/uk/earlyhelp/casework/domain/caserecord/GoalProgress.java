package uk.earlyhelp.casework.domain.caserecord;

public record GoalProgress(String goalId, GoalStatus status) {}
