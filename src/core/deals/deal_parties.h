// The sides of a deal: the countries its clause names, or those of the sentence, of a relative clause's
// antecedent or the story's main pair; and agreements with a bloc, which are not between two countries.
#pragma once

#include <string>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The parties of draft `d`, sorted and unique: the countries of its own clause (with the verb's subject for a
// second object, or a relative clause's antecedent), else of the sentence; the story's main pair joins a lone
// party of it or stands for "both sides".
std::vector<std::string> parties_of(const FillContext& f, const DealDraft& d);

// "a long-mooted deal with the EU", "an agreement between the European Union and India", "a loan programme
// of $6 billion with the IMF" (in a clause naming one country at most): a bloc or international body as a
// side.
bool with_bloc(const FillContext& f, const DealDraft& d);

// "The ministry placed an order with HAL for 12 Su-30MKI aircraft": a model made abroad, ordered from a
// firm of the only country the sentence names (licensed production at home), is a home order, no deal
// between two countries.
bool home_order(const FillContext& f, const DealDraft& d);

}  // namespace entente
