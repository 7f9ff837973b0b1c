// A small command stack for destructive actions (removing a document, clearing the corpus, editing the
// lexicon, closing a panel): each entry names what was done and knows how to put the previous state back.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace entente {

class UndoStack {
 public:
  // Remembers an action: `label` says what was done ("Removed the document a.txt"), `undo` restores the state
  // before it. The oldest entries are dropped beyond kMaxEntries.
  void push(std::string label, std::function<void()> undo);
  // Takes the last entry off the stack and runs its undo. Returns its label, or "" when there is nothing to
  // undo.
  std::string undo();
  // The label of the action undo() would revert ("" when none).
  const std::string& top_label() const;
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }

  static constexpr std::size_t kMaxEntries = 50;

 private:
  struct Entry {
    std::string label;
    std::function<void()> undo;
  };
  std::vector<Entry> entries_;
  std::string none_;
};

}  // namespace entente
