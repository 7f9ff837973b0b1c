// Boilerplate suppression: stock lines of web pages and bylines never match, and features found in a large
// share of the corpus do not count.
#pragma once

#include <cstddef>
#include <string_view>

#include "match_normalize.h"
#include "text.h"

namespace entente {

// True when a line (raw text, any case) is a stock line: "Leave a Reply", "Comments are closed.",
// "Subscribe to Newsletter", "Share this:", "All rights reserved", a short "By Jane Doe" byline, etc.
// Long lines are never stock lines.
bool is_stock_line(std::string_view line);

// Masks (kMatchMasked) every match token whose source token lies on a stock line of `doc`.
// Precondition: `seq` was built from `doc`.
void mark_stock_lines(const Document& doc, MatchSeq& seq);

// The largest document frequency a shingle or feature may have before it counts as boilerplate, for a
// corpus of `docs` documents. Small corpora (under `min_docs`) have no frequency-based boilerplate; larger
// ones cap the frequency at `share` of the corpus and at a bound that keeps candidate generation linear, but
// never below `min_docs`: a passage that min_docs documents may share in a smaller corpus stays reuse in a
// larger one (without this floor ten documents allowed three, a source and its copies in a small reuse set
// were all boilerplate). Never decreases as `docs` grows.
std::size_t max_feature_df(std::size_t docs, double share, std::size_t min_docs);

}  // namespace entente
