// Input collection for `entente analyze` (see inputs.h).
#include "inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest.h"

namespace entente {
namespace fs = std::filesystem;
namespace {

bool is_text_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

// The name shown for a path: its last component as the file system has it ('\\' is a character here).
std::string display_name(const fs::path& p) {
  std::string name = p.filename().string();
  return name.empty() ? base_name(p.string()) : name;
}

InputFile unread(const fs::path& p, std::string error, std::size_t bytes = 0) {
  InputFile in;
  in.name = display_name(p);
  in.read_error = std::move(error);
  in.unread_bytes = bytes;
  return in;
}

// Why `p` cannot be read as a file, or "" when it is a regular file. Never opens it (a FIFO would block).
std::string not_a_file(const fs::path& p) {
  std::error_code ec;
  fs::file_status st = fs::status(p, ec);
  if (ec == std::errc::too_many_symbolic_link_levels) return "symbolic link loop: skipped";
  if (st.type() == fs::file_type::not_found) {
    return fs::is_symlink(fs::symlink_status(p, ec)) ? "broken symbolic link: skipped" : "no such file";
  }
  if (ec) return "cannot read the file (" + ec.message() + ")";
  if (st.type() == fs::file_type::regular) return {};
  if (st.type() == fs::file_type::directory) return {};
  return "not a regular file (a FIFO, socket or device): skipped";
}

// Reads one file, refusing it unread when the per-file, corpus or file-count limit is already exceeded.
InputFile read_input(const fs::path& path, const IngestLimits& limits, std::size_t& total) {
  if (std::string why = not_a_file(path); !why.empty()) return unread(path, why);
  std::error_code ec;
  std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > limits.max_file_bytes) return unread(path, too_large_error(size, limits), size);
  if (!ec && total + size > limits.max_total_bytes) return unread(path, corpus_full_error(limits), size);
  std::ifstream f(path, std::ios::binary);
  if (!f) return unread(path, "cannot read the file (permission denied?)", ec ? 0 : size);
  std::ostringstream buf;
  buf << f.rdbuf();
  InputFile in;
  in.name = display_name(path);
  in.bytes = buf.str();
  total += in.bytes.size();
  return in;
}

// The text files of a folder in name order; entries that cannot be told apart (a symbolic link loop, a
// folder that cannot be listed) are reported as unreadable inputs rather than dropped.
std::vector<fs::path> list_folder(const fs::path& dir, std::vector<InputFile>& errors) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    errors.push_back(unread(dir, "cannot read the folder (" + ec.message() + "): skipped"));
    return files;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    fs::file_status st = it->status(ec);
    if (ec || st.type() == fs::file_type::not_found) {
      files.push_back(it->path());  // read_input says why (loop, broken link)
    } else if (is_text_extension(it->path()) && st.type() != fs::file_type::directory) {
      files.push_back(it->path());  // a FIFO or device is refused by read_input, unopened
    }
  }
  if (ec) errors.push_back(unread(dir, "cannot list the whole folder (" + ec.message() + ")"));
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    return a.filename().string() < b.filename().string();
  });
  return files;
}

}  // namespace

std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths, const IngestLimits& limits) {
  std::vector<InputFile> inputs;
  std::size_t total = 0;
  auto add = [&](const fs::path& p) {
    inputs.push_back(inputs.size() >= limits.max_files ? unread(p, too_many_files_error(limits))
                                                       : read_input(p, limits, total));
  };
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      add(p);
      continue;
    }
    std::vector<InputFile> errors;
    for (const fs::path& f : list_folder(p, errors)) add(f);
    for (InputFile& e : errors) inputs.push_back(std::move(e));
  }
  return inputs;
}

bool read_whole_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream buf;
  buf << f.rdbuf();
  out = buf.str();
  return true;
}

bool write_whole_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  return static_cast<bool>(out << bytes) && static_cast<bool>(out.flush());
}

}  // namespace entente
