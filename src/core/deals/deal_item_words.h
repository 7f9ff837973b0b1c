// Word tests shared by the noun-phrase walk (deal_item.cpp) and the object and modifier scans
// (deal_object.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "deal_lex.h"

namespace entente {

inline bool ends_with(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

inline bool preposition(std::string_view w) {
  return w == "of" || w == "on" || w == "for" || w == "in" || w == "into" || w == "over" || w == "at" ||
         w == "between" || w == "linking" || w == "connecting" || w == "from" || w == "to" || w == "with" ||
         w == "by";
}

// "in a deal", "under an agreement": the phrase is over.
inline bool deal_noun(std::string_view w) {
  return w == "deal" || w == "deals" || w == "agreement" || w == "agreements" || w == "contract" ||
         w == "contracts" || w == "pact" || w == "pacts" || w == "accord";
}

inline bool determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
         w == "our" || w == "some" || w == "more" || w == "new" || w == "additional" || w == "further" ||
         w == "another";
}

inline bool past_verb(std::string_view w) {
  if (w.size() <= 4 || !ends_with(w, "ed")) return false;
  // "Patria armoured vehicles", "guided missiles", "liquefied natural gas": adjectives of goods, not verbs.
  return !(w.size() == 5 && ends_with(w, "eed")) && w != "hundred" && w != "limited" && w != "united" &&
         w != "kindred" && w != "armoured" && w != "armored" && w != "guided" && w != "unmanned" &&
         w != "liquefied" && w != "enriched" && w != "refurbished";
}

inline std::size_t matching_close(const LexedText& t, std::size_t open, std::size_t limit) {
  for (std::size_t k = open + 1; k < limit && k < open + 12; ++k)
    if (t.raw(k) == ")") return k;
  return 0;
}

}  // namespace entente
