// Reported questions tell no deal (see deal_asked_which.h).
#include "deal_asked_which.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 40;  // lexemes back from the trigger to the asking verb
constexpr std::size_t kObject = 4;  // lexemes from the asking verb to its question word

bool ask_verb(std::string_view w) {
  return w == "asked" || w == "asks" || w == "enquired" || w == "inquired";
}

bool question_word(std::string_view w) {
  return w == "which" || w == "whether" || w == "what" || w == "how" || w == "when" || w == "why" ||
         w == "if";
}

}  // namespace

bool asked_which(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t from = b > sentence.b + kReach ? b - kReach : sentence.b;
  for (std::size_t k = b; k > from; --k) {
    std::size_t w = k - 1;
    if (t.is(w, ";")) return false;
    if (!ask_verb(t.low(w))) continue;
    // "ask Japan, which has offered ...": a relative clause after a comma asks nothing.
    for (std::size_t q = w + 1; q < b && q <= w + kObject; ++q)
      if (question_word(t.low(q))) return !t.is(q - 1, ",");
    return false;
  }
  return false;
}

}  // namespace entente
