package io.distconnect.planning.api;

import java.util.List;

/** One page of a list: the items, where the page is, and how many there are in all. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {}
