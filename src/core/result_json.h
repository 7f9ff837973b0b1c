// The analysis contract as JSON (CLI output, wasm <-> JS, golden tests). See README "JSON contract".
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "analysis.h"

namespace entente {

inline constexpr int kContractVersion = 1;

nlohmann::json to_json(const AnalysisResult& result);
// Serialises deterministically (sorted keys as built, 1-space indent off): same result, same bytes.
std::string to_json_text(const AnalysisResult& result, int indent = 1);
// The "deals" array of the contract for these deals only (the Deals panel's JSON export).
std::string deals_json_text(const std::vector<Deal>& deals, int indent = 1);

}  // namespace entente
