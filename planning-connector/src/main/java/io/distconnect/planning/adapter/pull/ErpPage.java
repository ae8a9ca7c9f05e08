package io.distconnect.planning.adapter.pull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of an erp-connector list endpoint. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErpPage<T>(List<T> items, int page, int size, long total) {}
