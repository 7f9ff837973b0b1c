// The CLI's inputs: paths and folders to InputFiles, every file that cannot be read reported, never dropped.
#pragma once

#include <string>
#include <vector>

#include "analysis.h"

namespace entente {

// The files named by `paths` in order; a folder contributes its .txt/.md/.html/.htm files in name order.
// Names are the file system's last path component ('\\' is an ordinary character). Never blocks or
// throws: a missing file, a FIFO or device, a symbolic link loop or broken link, an unreadable file or
// folder becomes an InputFile with read_error. A file over limits.max_file_bytes, or one that would take
// the corpus past limits.max_total_bytes or limits.max_files, is refused unread (its size in unread_bytes),
// so the CLI never holds more than the limits in memory.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths, const IngestLimits& limits);

// The bytes of `path` into `out`; false when it cannot be read.
bool read_whole_file(const std::string& path, std::string& out);

// Writes `bytes` to `path`; false when it cannot be written.
bool write_whole_file(const std::string& path, const std::string& bytes);

}  // namespace entente
