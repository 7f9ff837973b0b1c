// CSV exports of the overlap panels: pair scores and passages (RFC 4180 quoting, "\n" line ends, numbers
// as in the JSON contract).
#pragma once

#include <string>

#include "overlap.h"
#include "text.h"

namespace entente {

// One row per listed pair: a,b,name_a,name_b,score,shared_tokens,passages.
std::string overlap_pairs_csv(const Corpus& corpus, const OverlapResult& overlap);

// One row per passage: a,b,name_a,name_b,passage,a_start,a_end,b_start,b_end,similarity,a_text,b_text.
std::string overlap_passages_csv(const Corpus& corpus, const OverlapResult& overlap);

}  // namespace entente
