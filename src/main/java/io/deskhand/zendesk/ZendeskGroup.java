package io.deskhand.zendesk;

/** A group as GET /api/v2/groups lists it. */
public record ZendeskGroup(long id, String name, boolean deleted) {}
