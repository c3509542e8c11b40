-- CreateIndex
CREATE INDEX "Response_attemptId_questionId_correct_choice_idx" ON "Response"("attemptId", "questionId", "correct", "choice");
