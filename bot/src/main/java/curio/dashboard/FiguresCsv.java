package curio.dashboard;

/**
 * Every figure of the page as CSV, one value a row: {@code figure,item,measure,value}, in the names of
 * the JSON API ({@link Figures}), so a spreadsheet and the API say the same.
 */
final class FiguresCsv {

    private FiguresCsv() {
    }

    static String of(Figures f) {
        Csv csv = new Csv().row("figure", "item", "measure", "value");
        csv.row("learners", "", "enrolled", f.learners().enrolled())
                .row("learners", "", "active7", f.learners().active7())
                .row("learners", "", "active30", f.learners().active30());
        f.learningDays().forEach(d -> csv.row("learningDays", d.day(), "learners", d.learners()));
        f.streaks().forEach(b -> csv.row("streaks", b.streak(), "learners", b.learners()));
        csv.row("checkInRate", "", "days", f.checkInRate().days())
                .row("checkInRate", "", "checkInDays", f.checkInRate().checkInDays())
                .row("checkInRate", "", "workingDays", f.checkInRate().workingDays())
                .row("checkInRate", "", "rate", f.checkInRate().rate());
        f.quizAccuracy().forEach(q -> csv.row("quizAccuracy", q.track(), "answered", q.answered())
                .row("quizAccuracy", q.track(), "right", q.right())
                .row("quizAccuracy", q.track(), "accuracy", q.accuracy()));
        for (Figures.ChallengeProgress c : f.challenges()) {
            csv.row("challenges", c.id(), "title", c.title()).row("challenges", c.id(), "team", c.team())
                    .row("challenges", c.id(), "start", c.start()).row("challenges", c.id(), "end", c.end())
                    .row("challenges", c.id(), "target", c.target()).row("challenges", c.id(), "unit", c.unit())
                    .row("challenges", c.id(), "status", c.status()).row("challenges", c.id(), "joined", c.joined())
                    .row("challenges", c.id(), "completed", c.completed())
                    .row("challenges", c.id(), "completion", c.completion())
                    .row("challenges", c.id(), "progress", c.progress());
        }
        f.topTracks().forEach(t -> csv.row("topTracks", t.track(), "prompts", t.prompts())
                .row("topTracks", t.track(), "learners", t.learners()));
        return csv.toString();
    }
}
