// The maker of a used model is no side (see deal_used_model.h).
#include "deal_used_model.h"

#include <algorithm>
#include <string_view>

namespace entente {

namespace {

bool used_word(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return w == "refurbished" || w == "used" || w == "second-hand" || w == "secondhand" || w == "surplus" ||
         w == "ex";
}

// The lexeme before k, over one "-" ("ex-Soviet", "second-hand" told as three lexemes).
bool used_before(const LexedText& t, std::size_t k, std::size_t b) {
  if (k <= b) return false;
  std::size_t j = k - 1;
  if (t.is(j, "-") && j > b) --j;
  return used_word(t, j) || (j >= b + 2 && t.is(j, "hand") && t.is(j - 1, "-") && t.is(j - 2, "second"));
}

}  // namespace

void drop_used_model_maker(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  if (f.main_pair.size() != 2) return;
  // Only the lexeme after a word of use can start a used model: no model lookup at every lexeme.
  for (std::size_t k = d.sentence.b + 1; k < d.sentence.e; ++k) {
    if (!used_before(t, k, d.sentence.b)) continue;
    PhraseMatch m = f.lex.model_makers.match(t, k);
    if (m.id < 0) continue;
    std::string_view maker = f.lex.maker_names[m.id];
    if (!p->count(maker) || countries_in(f, d.sentence).count(maker)) return;
    p->v.erase(std::remove(p->v.begin(), p->v.end(), maker), p->v.end());
    for (std::string_view side : f.main_pair)
      if (p->size() < 2) p->insert(side);
    return;
  }
}

}  // namespace entente
