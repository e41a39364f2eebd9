package curio.leads;

import curio.chat.UserRef;
import curio.learners.LearnerStore;
import curio.words.Texts;
import jakarta.inject.Singleton;

/**
 * The language Curio speaks to someone who is not necessarily a learner (a lead, an admin): a
 * learner's own {@code lang}, else their platform profile's locale, else English.
 */
@Singleton
public class Languages {

    private final LearnerStore learners;
    private final Roles roles;

    public Languages(LearnerStore learners, Roles roles) {
        this.learners = learners;
        this.roles = roles;
    }

    /** The texts for {@code user}'s direct replies and forms. */
    public Texts of(UserRef user) {
        return Texts.in(learners.find(user).map(l -> l.language()).orElseGet(() -> roles.profile(user).locale()));
    }
}
