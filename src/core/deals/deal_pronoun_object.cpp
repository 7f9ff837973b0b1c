// Purchase verbs with a pronoun object (see deal_pronoun_object.h).
#include "deal_pronoun_object.h"

#include "deal_item.h"
#include "deal_trigger_objects.h"

namespace entente {
namespace {

bool pronoun(const LexedText& t, std::size_t k) {
  return t.is(k, "it") || t.is(k, "them");
}

bool article(const LexedText& t, std::size_t k) {
  return t.is(k, "the") || t.is(k, "a") || t.is(k, "an");
}

}  // namespace

bool pronoun_object(const TriggerScan& s, std::size_t b, std::size_t e, LexRange* item) {
  const LexedText& t = s.t;
  if (e >= s.sentence.e || !pronoun(t, e) || phrase_end(s.items, e + 1, s.sentence.e) > e + 1) return false;
  constexpr std::size_t kBack = 40;  // lexemes searched before the verb: long sentences stay linear
  for (std::size_t k = b; k > s.sentence.b && k + kBack > b; --k) {
    if (!article(t, k - 1)) continue;
    std::size_t os = object_start(s.items, k - 1, b), oe = phrase_end(s.items, os, b);
    LexRange r{os, oe};
    if (oe > os && named_object(s, r) && sector_word(s, r)) {
      *item = r;
      return true;
    }
  }
  return false;
}

}  // namespace entente
