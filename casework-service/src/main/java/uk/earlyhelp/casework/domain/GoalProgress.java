package uk.earlyhelp.casework.domain;

public record GoalProgress(String goalId, GoalStatus status) {}
