// A facility told as the subject of a signing ("the project is expected to be signed").
#include "deal_facility_signed.h"

#include <string_view>

namespace entente {
namespace {

bool be_form(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were";
}

bool signing_participle(std::string_view w) {
  return w == "signed" || w == "inked" || w == "concluded";
}

// The passive signing opened by the form of "be" at k: "was signed", "is expected/due/set to be signed"
// (not "port deals are signed by a presidency": a habit told in the present).
bool passive_signing(const LexedText& t, std::size_t k) {
  bool past = t.is(k, "was") || t.is(k, "were");
  if (past && signing_participle(t.low(k + 1))) return true;
  std::string_view w = t.low(k + 1);
  bool ahead = w == "expected" || w == "due" || w == "set" || w == "scheduled";
  return ahead && t.is(k + 2, "to") && t.is(k + 3, "be") && signing_participle(t.low(k + 4));
}

}  // namespace

bool facility_signed_after(const TriggerScan& s, std::size_t e) {
  constexpr std::size_t kNear = 10;  // "by a German consortium at the coast"
  const LexedText& t = s.t;
  for (std::size_t k = e; k < s.sentence.e && k < e + kNear; ++k) {
    if (t.lex[k].kind == LexKind::Punct) return false;
    if (be_form(t.low(k))) return passive_signing(t, k);
  }
  return false;
}

}  // namespace entente
