// The currency of an ambiguous amount ("Rs", "rupees") from the countries of its own paragraph: in a business
// page that opens in Islamabad, "NEW DELHI: India will extend a line of credit of Rs 4,500 crore" is in
// Indian rupees.
#pragma once

#include <vector>

#include "deal_lex.h"
#include "gazetteer.h"
#include "money.h"

namespace entente {

// Re-resolves each amount of *money whose currency came from the document's country ranking
// (MoneySpan::placeholder) when the amount's paragraph (up to 60 lexemes before it and 30 after it, within
// its line) names exactly one country with a currency of that name; other amounts are left as they are.
// `entities` are the text's entity hits in text order.
void localize_money(const CurrencyTable& table, const Gazetteer& g, const LexedText& t,
                    const std::vector<EntityHit>& entities, std::vector<MoneySpan>* money);

}  // namespace entente
