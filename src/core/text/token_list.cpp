// TokenList: a document's tokens with their lowered forms in one NUL-separated buffer.
#include "text.h"

namespace entente {

void TokenList::push_back(Token t, std::string_view lower) {
  t.lower_at = static_cast<std::uint32_t>(lowered_.size());
  lowered_.append(lower.substr(0, lower.find('\0')));
  lowered_.push_back('\0');
  tokens_.push_back(t);
}

void TokenList::reserve(std::size_t tokens, std::size_t lowered_bytes) {
  tokens_.reserve(tokens);
  lowered_.reserve(lowered_bytes);
}

void TokenList::shrink_to_fit() {
  tokens_.shrink_to_fit();
  lowered_.shrink_to_fit();
}

void TokenList::clear() {
  tokens_.clear();
  lowered_.clear();
}

}  // namespace entente
