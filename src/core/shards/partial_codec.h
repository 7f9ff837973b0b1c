// Mentions, deals and overlap pairs as compact JSON arrays (field order fixed) for partial results, and back.
#pragma once

#include <nlohmann/json.hpp>

#include "deals.h"
#include "overlap.h"

namespace entente {

nlohmann::json encode_mention(const Mention& m);
nlohmann::json encode_deal(const Deal& d);
nlohmann::json encode_pair(const OverlapPair& p);

// The inverses. Throw nlohmann::json::exception when `j` does not have the shape the encoder writes.
Mention decode_mention(const nlohmann::json& j);
Deal decode_deal(const nlohmann::json& j);
OverlapPair decode_pair(const nlohmann::json& j);

}  // namespace entente
