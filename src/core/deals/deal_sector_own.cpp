// Agreements whose subject keeps them out of the story's common sector (see deal_sector_own.h).
#include "deal_sector_own.h"

#include <array>
#include <cctype>
#include <string_view>

namespace entente {

namespace {

using namespace std::string_view_literals;

constexpr std::array kOwnSubjects = {
    "accord"sv,          "declaration"sv,      "raw material"sv, "pollution"sv,
    "climate"sv,         "environment"sv,      "ocean"sv,        "scien"sv,
    "social security"sv, "cultur"sv,           "vocational"sv,   "visa"sv,
    "judicial"sv,        "legal assistance"sv, "extradition"sv,  "sport"sv};

}  // namespace

bool own_subject_item(const std::string& item) {
  std::string low;
  for (char c : item) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view w : kOwnSubjects)
    if (low.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace entente
