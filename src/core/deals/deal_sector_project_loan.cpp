// The sector of a loan "for the project" from the deal told before it (deal_sector_project_loan.h).
#include "deal_sector_project_loan.h"

#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace entente {

namespace {

using namespace std::string_view_literals;

// A head noun that names a project without saying what it is: "the project", "the plant", "the scheme".
constexpr std::array<std::string_view, 8> kProjectWords = {"project", "plant",   "scheme", "programme",
                                                           "program", "factory", "works",  "facility"};

std::string lower(std::string_view s) {
  std::string low;
  for (char c : s) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return low;
}

// "a $1.5 billion loan for the project", "the loan for the plant": a loan word, then within a few words
// "for the" and a project word that ends the noun phrase (not "for the project's second phase").
bool loan_for_the_project(std::string_view text) {
  std::string low = lower(text);
  for (std::string_view loan : {"loan for the "sv, "loans for the "sv, "credit for the "sv}) {
    std::size_t at = low.find(loan);
    if (at == std::string::npos) continue;
    std::size_t b = at + loan.size(), e = b;
    while (e < low.size() && std::isalpha(static_cast<unsigned char>(low[e]))) ++e;
    bool ends = e == low.size() || low[e] == ',' || low[e] == '.' || low[e] == ' ' || low[e] == ';';
    for (std::string_view w : kProjectWords)
      if (ends && low.compare(b, e - b, w) == 0 && low.compare(e, 3, " of") != 0) return true;
  }
  return false;
}

}  // namespace

void refer_back_project_loans(std::vector<Deal>* deals) {
  for (Deal& d : *deals) {
    if (d.kind != "loan"sv || d.sector != "finance"sv || d.aggregate ||
        !loan_for_the_project(d.evidence.text))
      continue;
    const Deal* before = nullptr;
    for (const Deal& o : *deals)
      if (o.kind != "loan"sv && !o.aggregate && o.doc == d.doc && o.evidence.start < d.evidence.start &&
          (!before || o.evidence.start > before->evidence.start))
        before = &o;
    // A deal of no named sector ("other") tells nothing of what the loan pays for.
    if (before && before->sector != "finance"sv && before->sector != "other"sv) d.sector = before->sector;
  }
}

}  // namespace entente
