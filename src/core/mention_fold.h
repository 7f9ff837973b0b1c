// The contract's folding of repeated mentions: a mention repeated in its document (same fields, other
// offsets) is written once, with the starts of its repeats ("more" in the JSON).
#pragma once

#include <cstdint>
#include <vector>

#include "deals.h"

namespace entente {

// A distinct mention of a document and the starts of its repeats.
struct FoldedMention {
  const Mention* first;
  std::vector<std::uint32_t> more;
};

// Repeats of a mention in its document (same fields, other offsets) fold into the first, in order; money
// mentions never fold (each amount is a figure a reader or a scorer looks up where it stands). Mentions
// arrive grouped by document. The result points into `mentions`, which must outlive it.
std::vector<FoldedMention> fold_mentions(const std::vector<Mention>& mentions);

}  // namespace entente
