package dev.upward.feedback.domain.disclosure;

import java.util.List;

/** How many of the released fit-check answers say the pairing is not working. */
public record FitFigures(long respondents, int responses, int notWorking, double notWorkingRate) {

    public static FitFigures of(List<SettledAnswer<Boolean>> answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("figures are computed over released answers only");
        }
        int notWorking = (int) answers.stream().filter(a -> !a.value()).count();
        return new FitFigures(answers.stream().map(SettledAnswer::respondent).distinct().count(), answers.size(),
                notWorking, Math.round(10000.0 * notWorking / answers.size()) / 10000.0);
    }
}
