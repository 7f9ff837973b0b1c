// Ordinal parts with the deal noun left out: "signed two agreements. ... The second is a memorandum of
// understanding on medical training".
#pragma once

#include <cstddef>

#include "deal_fill.h"
#include "phrase_table.h"

namespace entente {

// The deal noun after the ordinal opening at lexeme k ("the first agreement", "another deal") as the trigger
// table matches it; when the noun is left out after "the" and an ordinal ("The second is ...", "The third
// covers ..."), a match that ends at the verb, so the part is read from after it. id < 0 when neither.
PhraseMatch ordinal_noun(const FillContext& f, std::size_t k, bool ordinal);

}  // namespace entente
