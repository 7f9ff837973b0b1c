// Whether an exercise noun tells a joint exercise: one naming its partner or its series ("their Dharma
// Guardian army exercise"), counted, or held by two countries; "maritime drills" alone are one navy's.
#include "deal_trigger_exercise.h"

#include <string_view>

#include "deal_exercise_compound.h"
#include "deal_trigger_context.h"

namespace entente {

namespace {

// "Dharma Guardian", "Malabar": a capitalised word before an exercise noun names its series; not a country,
// a service ("Navy", "Air Force") nor the sentence's first word.
bool series_name(const TriggerScan& s, std::size_t k) {
  const LexedText& t = s.t;
  if (k <= s.sentence.b || t.lex[k].kind != LexKind::Word || !t.capitalized(k) || s.items.country[k])
    return false;
  std::string_view w = t.low(k);
  return w != "navy" && w != "army" && w != "air" && w != "force" && w != "forces" && w != "guard" &&
         w != "marines" && w != "naval" && w != "military";
}

bool count_word(std::string_view w) {
  return w == "two" || w == "three" || w == "four" || w == "five" || w == "several" || w == "both";
}

// "The armies have held the Sampriti exercise", "the two air forces": services of two countries.
bool two_services(const LexedText& t, LexRange c) {
  for (std::size_t k = c.b; k < c.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "armies" || w == "navies" || w == "militaries") return true;
    if (k > c.b && (w == "forces" || w == "guards") && (t.is(k - 1, "air") || t.is(k - 1, "coast")))
      return true;
  }
  return false;
}

}  // namespace

// "maritime drills" alone are one navy's; a joint exercise (trigger at [b, e) of clause c) names its partner
// or its series, or is held by two countries.
bool joint_exercise(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e) {
  const LexedText& t = s.t;
  if (e - b > 1 || (held_before(s, c, b) && bilateral(s, c)) || exercise_named(s, c, e)) return true;
  if (modifier_before_compound(s, c, b)) return true;  // "a joint search-and-rescue exercise"
  for (std::size_t k = b; k > c.b && k + 3 > b; --k) {
    std::string_view w = t.low(k - 1);
    if (s.lex.in(s.lex.exercise_modifiers, t, k - 1)) return true;
    if (k == b && (t.lex[k - 1].kind == LexKind::Number || count_word(w))) return true;
    // "their Dharma Guardian army exercise", with the pair named or referred to.
    if (series_name(s, k - 1) &&
        (bilateral(s, c) || two_services(t, c) || t.is(k - 2, "their") || t.is(k - 3, "their")))
      return true;
  }
  return false;
}

}  // namespace entente
