package io.distconnect.planning.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A forecast publication sent as JSON: one planning cycle's rows.
 *
 * @param planningCycleId the planning run; each publication of it becomes its next version
 * @param publishedAt when planning published it (defaults to the time it arrives)
 * @param rows the buckets; row values are checked one by one and bad rows are reported, not fatal
 */
public record PublicationRequest(
    @NotBlank
        @Size(max = 128)
        @Pattern(
            regexp = "[^@\\s]([^@]*[^@\\s])?",
            message = "must not contain '@' or blanks at the ends")
        String planningCycleId,
    Instant publishedAt,
    @NotEmpty List<@NotNull @Valid PublicationRowRequest> rows) {}
