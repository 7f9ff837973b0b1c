// Projects joined with the loans that pay for them (see deal_financing.h).
#include "deal_financing.h"

#include <string_view>

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "under a 40 billion yen loan", "under an Indian credit line": "under" and, within six lexemes, a loan.
bool under_loan(const LexedText& t, std::size_t k, std::size_t end) {
  if (!t.is(k, "under") || k + 1 >= end || (!t.is(k + 1, "a") && !t.is(k + 1, "an"))) return false;
  for (std::size_t j = k + 2; j < end && j < k + 8; ++j)
    if (t.is(j, "loan") || t.is(j, "loans") || t.is(j, "credit")) return true;
  return false;
}

// "for which", "financed by", "funded by", "to finance", "to fund", "under a ... loan": the sentence tells
// what pays for what.
bool financing_words(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "for" && k + 1 < r.e && t.is(k + 1, "which")) return true;
    if (under_loan(t, k, r.e)) return true;
    if (w == "financed" || w == "funded" || ((w == "finance" || w == "fund") && k > r.b && t.is(k - 1, "to")))
      return true;
  }
  return false;
}

// "a memorandum for a solar plant, to be financed through a credit line of ...": a passive financing verb
// with its means after it, which ties a loan to an agreement told before it.
bool financed_through(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k + 1 < r.e; ++k)
    if ((t.is(k, "financed") || t.is(k, "funded")) &&
        (t.is(k + 1, "through") || t.is(k + 1, "by") || t.is(k + 1, "with")))
      return true;
  return false;
}

bool same_parties(const Deal& a, const Deal& b) {
  return a.parties == b.parties;  // parties_of gives them sorted and unique
}

}  // namespace

void join_project_loans(const LexedText& t, LexRange r, std::size_t first_new, std::vector<Deal>* deals,
                        std::vector<DealNote>* notes) {
  if (deals->size() < first_new + 2 || !financing_words(t, r)) return;
  bool through = financed_through(t, r);
  for (std::size_t l = first_new; l < deals->size(); ++l) {
    const Deal& loan = (*deals)[l];
    if (loan.kind != "loan"sv || !loan.value || loan.aggregate) continue;
    // The project told nearest before the loan ("building the Mohmand dam, for which ... a loan"), else
    // the first one after it.
    std::size_t p = deals->size();
    for (std::size_t k = first_new; k < deals->size(); ++k) {
      const Deal& x = (*deals)[k];
      bool agreement = x.kind == "agreement"sv && through && k < l;  // the agreement before its financing
      if ((x.kind != "project"sv && !agreement) || x.value || x.aggregate || !same_parties(x, loan)) continue;
      if (k < l || p == deals->size()) p = k;
      if (k > l) break;
    }
    if (p == deals->size()) continue;
    Deal& project = (*deals)[p];
    project.value = loan.value;
    project.value_usd = loan.value_usd;
    project.currency = loan.currency;
    project.value_text = loan.value_text;
    project.value_qualifier = loan.value_qualifier;
    if (!project.year) project.year = loan.year, project.date_text = loan.date_text;
    deals->erase(deals->begin() + static_cast<std::ptrdiff_t>(l));
    notes->erase(notes->begin() + static_cast<std::ptrdiff_t>(l));
    --l;
  }
}

}  // namespace entente
