"""Qt screens for the classroom: exams, projector mode, worksheets and the class report."""
