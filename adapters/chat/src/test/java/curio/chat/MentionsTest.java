package curio.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void usersAndChannelsAreReadWithOrWithoutLabels() {
        String text = "admin leads add <@U123|bob> <#C9|learning>";
        assertEquals(Optional.of("U123"), Mentions.firstUser(text));
        assertEquals(Optional.of("C9"), Mentions.firstChannel(text));
        assertEquals(Optional.of("19:abc@thread.tacv2"), Mentions.firstChannel("team setup <#19:abc@thread.tacv2>"));
        assertEquals(Optional.empty(), Mentions.firstUser("team setup #general"));
    }

    @Test
    void anAdapterRewritesEachMentionWithItsLabelWhenThereIsOne() {
        String shown = Mentions.rewrite("<@U1> leads <#C9|learning> and <#19:abc@thread.tacv2>; <!here> stays",
                (id, label) -> "@" + id, (id, label) -> label == null ? "?" + id : "#" + label);
        assertEquals("@U1 leads #learning and ?19:abc@thread.tacv2; <!here> stays", shown);
    }
}
