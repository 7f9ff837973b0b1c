// ", and Afcons won a contract ...": a named subject after ", and" starts a deal of its own.
#include "deal_and_subject.h"

namespace entente {

bool named_subject(const LexedText& t, const DealDraft& d) {
  std::size_t b = d.own.b;
  if (b == 0 || !t.is(b, "and") || !t.is(b - 1, ",")) return false;
  constexpr std::size_t kMaxName = 5;  // words of the subject's name
  std::size_t k = b + 1;
  while (k < d.trigger && k < b + 1 + kMaxName && t.lex[k].kind == LexKind::Word && t.capitalized(k)) ++k;
  if (k == b + 1 || k >= d.trigger) return false;
  return t.lex[k].kind == LexKind::Word && !t.capitalized(k);  // the subject's verb: "won", "signed"
}

}  // namespace entente
