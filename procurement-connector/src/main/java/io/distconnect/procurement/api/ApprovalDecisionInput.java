package io.distconnect.procurement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A buyer's reason for approving or rejecting; kept with the approval. */
public record ApprovalDecisionInput(@NotBlank @Size(max = 2000) String comment) {}
