// Denied rumours: a report with a time or source phrase before its "that", a verdict put as "not accurate",
// and a deal named "rumoured" that the same sentence says was denied.
#include "deal_denied_rumour.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kLeadReach = 6;    // "Reports in some regional media that": a short phrase only
constexpr std::size_t kRumourReach = 5;  // "the rumoured sale of Brazilian jets": the adjective is close
constexpr std::size_t kVerdictReach = 40;

bool report_noun(std::string_view w) {
  return w == "reports" || w == "report" || w == "rumours" || w == "rumors" || w == "claims";
}

bool lead_preposition(std::string_view w) {
  return w == "in" || w == "from" || w == "on" || w == "by";
}

bool rumour_adjective(std::string_view w) {
  return w == "rumoured" || w == "rumored" || w == "alleged" || w == "purported" || w == "reported";
}

bool denial_verb(std::string_view w) {
  return w == "denied" || w == "dismissed" || w == "rejected" || w == "refuted";
}

bool be_form(const LexedText& t, std::size_t k) {
  return t.is(k, "is") || t.is(k, "are") || t.is(k, "was") || t.is(k, "were") || t.is(k, "been");
}

bool clause_break(const LexedText& t, std::size_t k) {
  return t.is(k, ",") || t.is(k, ";") || t.is(k, ":");
}

}  // namespace

std::size_t report_lead(const LexedText& t, std::size_t from, std::size_t w) {
  for (std::size_t k = w; k > from && k + kLeadReach > w; --k) {
    std::size_t r = k - 1;
    if (clause_break(t, r)) break;
    if (report_noun(t.low(r)) && lead_preposition(t.low(r + 1))) return r;
  }
  return w;
}

bool negated_verdict(const LexedText& t, std::size_t k) {
  if (k == 0 || !be_form(t, k - 1) || !t.is(k, "not")) return false;
  return t.is(k + 1, "accurate") || t.is(k + 1, "true") || t.is(k + 1, "correct");
}

bool rumoured_denied(const LexedText& t, LexRange sentence, std::size_t b) {
  bool rumoured = false;
  for (std::size_t k = b; k > sentence.b && k + kRumourReach > b && !rumoured; --k) {
    if (clause_break(t, k - 1)) break;
    rumoured = rumour_adjective(t.low(k - 1));
  }
  if (!rumoured) return false;
  for (std::size_t k = b + 1; k < sentence.e && k < b + kVerdictReach; ++k) {
    if (t.is(k, ";")) return false;
    if (denial_verb(t.low(k)) && be_form(t, k - 1)) return true;
  }
  return false;
}

}  // namespace entente
