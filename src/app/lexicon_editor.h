// The lexicon editor inside the Topics window: add or remove a term or a topic, paste a lexicon JSON, reset
// to the default, copy the lexicon as JSON. A bad term or lexicon shows its error and leaves the lexicon as
// it was. Removing a term takes two clicks on its chip (the first one asks); every change is named (change())
// so that the app can offer to undo it.
#pragma once

#include <string>

#include "app.h"
#include "lexicon.h"

namespace entente {

class LexiconEditor {
 public:
  // Draws the editor for `lexicon`. Returns true when the user changed it (the caller recounts).
  // Marks the term field and the first chips in `probe` (for tests).
  bool draw(Lexicon& lexicon, float ui_scale, UiProbe& probe);
  // The last error ("lexicon line 4: ..."), empty when none.
  const std::string& error() const { return error_; }
  // What the last change did ("Removed the term gas from Energy"), for the undo bar.
  const std::string& change() const { return change_; }

 private:
  bool draw_topic_picker(Lexicon& lexicon, UiProbe& probe);
  bool draw_terms(LexiconTopic& topic, float ui_scale, UiProbe& probe);
  bool draw_chip(LexiconTopic& topic, std::size_t i, UiProbe& probe);
  bool draw_new_topic(Lexicon& lexicon);
  bool draw_json(Lexicon& lexicon, float ui_scale);

  int topic_ = 0;            // index of the topic being edited
  char new_term_[128] = {};  // the "add term" field
  char new_id_[64] = {};     // the "add topic" fields
  char new_label_[64] = {};
  std::string json_;  // the paste area (grown as needed)
  std::string error_;
  std::string change_;
  std::string armed_term_;  // the chip clicked once: a second click removes it; empty when none
};

}  // namespace entente
