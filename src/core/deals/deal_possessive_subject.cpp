// A sentence opening on "Its" and a noun (see deal_possessive_subject.h).
#include "deal_possessive_subject.h"

namespace entente {

bool pronoun_subject(const LexedText& t, std::size_t b) {
  return t.is(b, "it") || (t.is(b, "its") && b + 1 < t.lex.size() && t.lex[b + 1].kind == LexKind::Word);
}

}  // namespace entente
