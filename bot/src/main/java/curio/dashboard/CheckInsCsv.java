package curio.dashboard;

import curio.habits.AnswerLog;
import curio.leads.Team;
import curio.leads.TeamStore;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check-ins of a scope as CSV ({@code day,learner,name,teams,text}), newest first: learners who
 * share only, or every learner for an admin when the workspace allows it ({@link WorkspaceSettings}).
 */
@Singleton
class CheckInsCsv {

    private final ScopeReader reader;
    private final TeamStore teams;
    private final WorkspaceSettings settings;

    CheckInsCsv(ScopeReader reader, TeamStore teams, WorkspaceSettings settings) {
        this.reader = reader;
        this.teams = teams;
        this.settings = settings;
    }

    String of(Access access, Access.Scope scope) {
        boolean everyone = access.admin() && settings.adminsExportAllCheckIns(scope.tenant());
        Map<Team, Set<String>> members = teams.all(scope.tenant()).stream()
                .filter(t -> scope.teams().map(ids -> ids.contains(t.id())).orElse(true))
                .collect(Collectors.toMap(t -> t, teams::members));
        List<Object[]> rows = new ArrayList<>();
        for (LearnerSnapshot learner : reader.read(scope)) {
            if (!everyone && !learner.learner().sharing()) {
                continue;
            }
            String id = learner.learner().user().userId();
            String teamNames = members.entrySet().stream().filter(e -> e.getValue().contains(id))
                    .map(e -> e.getKey().label()).sorted().collect(Collectors.joining(" "));
            learner.answers().stream().filter(e -> e.kind().equals(AnswerLog.CHECK_IN)).forEach(e ->
                    rows.add(new Object[] {e.day().toString(), id, learner.learner().name(), teamNames, e.text()}));
        }
        rows.sort(Comparator.comparing((Object[] row) -> (String) row[0]).reversed()
                .thenComparing(row -> (String) row[1]));
        Csv csv = new Csv().row("day", "learner", "name", "teams", "text");
        rows.forEach(csv::row);
        return csv.toString();
    }
}
