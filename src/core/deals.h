// Mentions (countries, organisations, people, money, quantities, dates) and bilateral deals with evidence.
// Owner of the "mentions" and "deals" sections of the analysis contract.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "text.h"

namespace entente {

struct DealsOptions {
  double min_confidence = 0.0;
};

struct Mention {
  int doc = 0;
  std::string type;  // money|quantity|date|country|org|person
  std::uint32_t start = 0, end = 0;
  std::string text;
  std::optional<double> value;
  std::optional<std::string> unit;  // ISO 4217 for money, unit name for quantities
  std::optional<double> value_usd;
  std::optional<std::string> canonical;  // canonical country/org/person name
};

struct Evidence {
  std::uint32_t start = 0, end = 0;
  std::string text;
};

struct Deal {
  int doc = 0;
  std::string kind, sector;
  std::vector<std::string> parties;
  std::string item;
  std::optional<double> value_usd, value;
  std::optional<std::string> currency, value_text, value_qualifier, quantity;
  std::optional<int> year;
  std::optional<std::string> date_text;
  std::string status;  // proposed|negotiating|announced|signed|in_progress|completed|cancelled
  Evidence evidence;   // the sentence that states the deal most fully
  std::vector<Evidence> evidence_extra;  // other sentences of the same document about the same deal
  bool aggregate = false;                // an umbrella ("21 agreements worth $40 billion") over other deals
  double confidence = 0;
  int group = 0;                       // cross-document group (1-based)
  std::vector<std::string> conflicts;  // differing figures within the group, on its first member only
};

struct DealsResult {
  std::vector<Mention> mentions;
  std::vector<Deal> deals;
};

}  // namespace entente

namespace entente {

// Finds the mentions in every document and the deals they state, grouped across documents.
// Failed documents (error set) are skipped. Deterministic.
DealsResult extract_deals(const Corpus& corpus, const DealsOptions& options);

}  // namespace entente
