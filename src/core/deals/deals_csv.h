// Deal table exports: CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
// quotes doubled), one row per deal with its evidence sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "csv.h"
#include "deals.h"

namespace entente {

// The deals CSV's header row (without its line end). The page's deals table (web/tables.js,
// DEALS_CSV_HEADER) has the same columns in the same order; tests/browser/exports.test.mjs reads this line.
inline constexpr const char* kDealsCsvHeader =
    "doc,document,kind,sector,parties,item,value_usd,value,currency,value_text,value_qualifier,quantity,year,"
    "date_text,status,aggregate,confidence,group,conflicts,evidence_start,evidence_end,evidence,evidence_"
    "extra";

// The deals as CSV with a header row. `corpus` gives document names; deals of unknown documents get an
// empty name. Numbers are written without exponent ("153000000").
std::string deals_csv(const Corpus& corpus, const std::vector<Deal>& deals);

}  // namespace entente
