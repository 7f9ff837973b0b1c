// Deal table exports: CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
// quotes doubled), one row per deal with its evidence sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "csv.h"
#include "deals.h"

namespace entente {

// The deals as CSV with a header row. `corpus` gives document names; deals of unknown documents get an
// empty name. Numbers are written without exponent ("153000000").
std::string deals_csv(const Corpus& corpus, const std::vector<Deal>& deals);

}  // namespace entente
