package io.distconnect.erp.domain;

import java.util.List;

/** One page of results and the total number of matches. */
public record Paged<T>(List<T> items, long total) {}
