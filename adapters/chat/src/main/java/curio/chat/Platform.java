package curio.chat;

/** The chat platforms Curio speaks on. WEB is the built-in playground adapter. */
public enum Platform {
    SLACK, TEAMS, WEB
}
