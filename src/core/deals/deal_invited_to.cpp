// Invitations offer deals (see deal_invited_to.h).
#include "deal_invited_to.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 16;  // lexemes back from the trigger to the inviting verb
constexpr std::size_t kObject = 4;  // lexemes from the inviting verb to its "to"

bool invite_verb(std::string_view w) {
  return w == "invited" || w == "invites" || w == "inviting" || w == "invite";
}

}  // namespace

bool invited_to(const LexedText& t, const DealDraft& d) {
  std::size_t from = d.trigger > d.sentence.b + kReach ? d.trigger - kReach : d.sentence.b;
  for (std::size_t k = d.trigger; k > from; --k) {
    std::size_t w = k - 1;
    if (t.is(w, ";") || t.is(w, ".")) return false;
    if (!invite_verb(t.low(w))) continue;
    for (std::size_t j = w + 1; j < d.trigger && j <= w + kObject; ++j)
      if (t.is(j, "to")) return true;
    return false;
  }
  return false;
}

}  // namespace entente
