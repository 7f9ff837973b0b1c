// A definite agreement named by the kind of the deal just told (see deal_anaphora_kind.h).
#include "deal_anaphora_kind.h"

#include "spans_in.h"

namespace entente {

bool kind_anaphora(const FillContext& f, const DealDraft& d, const Deal& prev) {
  const LexedText& t = f.m.lexed;
  std::size_t b = d.sentence.b;
  if (d.trigger != b + 1 || (!t.is(b, "the") && !t.is(b, "this"))) return false;
  std::size_t n = d.trigger_end;
  if (!t.is(n, "agreement") && !t.is(n, "deal") && !t.is(n, "contract") && !t.is(n, "accord")) return false;
  if (f.lex.rules[d.rule].kind != prev.kind) return false;
  if (auto [m, end] = spans_in(f.m.money, d.sentence.b, d.sentence.e); m != end) return false;
  return countries_in(f, d.sentence).empty();
}

}  // namespace entente
