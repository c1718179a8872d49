/// Why a ``ScriptConverter`` could not be made: the config is named, and what OpenCC said.
///
///     catch let error as ScriptConverterError { print("error: \(error)") }
///     // "error: cannot load OpenCC's t2s.json (…); Debian's libopencc-data installs it in /usr/share/opencc"
public enum ScriptConverterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// OpenCC could not load `config` (missing, unreadable, not a config, or converting nothing); `reason` is why.
    case configUnreadable(config: String, reason: String)

    public var description: String {
        switch self {
        case .configUnreadable(let config, let reason):
            "cannot load OpenCC's \(config) (\(reason)); Debian's libopencc-data installs it in /usr/share/opencc"
        }
    }
}
