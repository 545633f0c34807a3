"""What a teacher needs in a room, kept free of Qt: exam rules, worksheet layout, results files,
the class report and its item analysis. Screens and PDF painting live in ``quizapp.ui``."""
